// Package copier is a stand-in for github.com/jinzhu/copier: it copies
// fields between structs by reflection.
package copier

import "reflect"

// Copy copies the fields of fromValue into toValue.
func Copy(toValue, fromValue interface{}) error {
	to, from := reflect.ValueOf(toValue).Elem(), reflect.Indirect(reflect.ValueOf(fromValue))
	for i := 0; i < from.NumField(); i++ {
		if f := to.FieldByName(from.Type().Field(i).Name); f.IsValid() && f.CanSet() {
			f.Set(from.Field(i))
		}
	}
	return nil
}
