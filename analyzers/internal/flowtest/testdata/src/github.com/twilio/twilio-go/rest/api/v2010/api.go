// Package openapi is a stand-in for github.com/twilio/twilio-go/rest/api/v2010.
package openapi

type CreateMessageParams struct{ To, Body *string }
type ApiV2010Message struct{ Sid *string }
type ApiService struct{}

func (p *CreateMessageParams) SetTo(to string) *CreateMessageParams     { p.To = &to; return p }
func (p *CreateMessageParams) SetBody(body string) *CreateMessageParams { p.Body = &body; return p }
func (s *ApiService) CreateMessage(p *CreateMessageParams) (*ApiV2010Message, error) {
	return nil, nil
}
