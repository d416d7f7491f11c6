// Package xorm is a stand-in for xorm.io/xorm (v1.3).
package xorm

import "database/sql"

// Engine is the database engine.
type Engine struct{}

// Session is a statement being built.
type Session struct{}

func (e *Engine) NewSession() *Session                              { return &Session{} }
func (e *Engine) ID(id any) *Session                                { return &Session{} }
func (e *Engine) Where(query any, args ...any) *Session             { return &Session{} }
func (e *Engine) Cols(columns ...string) *Session                   { return &Session{} }
func (e *Engine) MustCols(columns ...string) *Session               { return &Session{} }
func (e *Engine) AllCols() *Session                                 { return &Session{} }
func (e *Engine) Omit(columns ...string) *Session                   { return &Session{} }
func (e *Engine) Insert(beans ...any) (int64, error)                { return 0, nil }
func (e *Engine) InsertOne(bean any) (int64, error)                 { return 0, nil }
func (e *Engine) Update(bean any, condiBeans ...any) (int64, error) { return 0, nil }
func (e *Engine) Get(beans ...any) (bool, error)                    { return false, nil }
func (e *Engine) Exec(sqlOrArgs ...any) (sql.Result, error)         { return nil, nil }
func (s *Session) ID(id any) *Session                               { return s }
func (s *Session) Where(query any, args ...any) *Session            { return s }
func (s *Session) Cols(columns ...string) *Session                  { return s }
func (s *Session) MustCols(columns ...string) *Session              { return s }
func (s *Session) AllCols() *Session                                { return s }
func (s *Session) Omit(columns ...string) *Session                  { return s }
func (s *Session) Insert(beans ...any) (int64, error)               { return 0, nil }
func (s *Session) InsertOne(bean any) (int64, error)                { return 0, nil }
func (s *Session) InsertMulti(rowsSlicePtr any) (int64, error)      { return 0, nil }
func (s *Session) Update(bean any, condiBean ...any) (int64, error) { return 0, nil }
func (s *Session) Get(beans ...any) (bool, error)                   { return false, nil }
func (s *Session) Exec(sqlOrArgs ...any) (sql.Result, error)        { return nil, nil }
