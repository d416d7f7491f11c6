package schemacheck

import (
	"slices"
	"testing"
)

// TestTranslationCatalog: the entries of an object named for a
// translation catalog and keyed by message ids are texts, not data; the
// same keys elsewhere (flattened field names such as user.email), and a
// catalog's plain properties, are still judged by their names.
func TestTranslationCatalog(t *testing.T) {
	const doc = `{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
 "components": {"schemas": {
  "LanguagePack": {"type": "object", "properties": {
    "code": {"type": "string"},
    "data": {"type": "object", "properties": {
      "_.code": {"type": "string"},
      "settings.mailserver.password": {"type": "string"},
      "subscribers.email": {"type": "string"},
      "users.name": {"type": "string"},
      "email.optin.confirmSub": {"type": "string"}}}}},
  "ui_strings": {"type": "object", "properties": {
    "login.username": {"type": "string"},
    "login.phone": {"type": "string"}}},
  "Translations": {"type": "object", "properties": {
    "email": {"type": "string"},
    "phone_number": {"type": "string"}}},
  "Event": {"type": "object", "properties": {
    "user.email": {"type": "string"},
    "client.ip": {"type": "string"},
    "event.kind": {"type": "string"}}}}}}`
	got := reportedSymbols(t, doc)
	slices.Sort(got)
	want := []string{
		"/components/schemas/Event/properties/client.ip",
		"/components/schemas/Event/properties/user.email",
		"/components/schemas/Translations/properties/email",
		"/components/schemas/Translations/properties/phone_number",
	}
	if !slices.Equal(got, want) {
		t.Errorf("reported %q,\nwant %q", got, want)
	}
	for name, want := range map[string]bool{
		"LanguagePack": true, "language_pack": true, "i18n": true, "UIStrings": true, "translations": true,
		"Language": false, "Translation": false, "Messages": false, "": false,
		"a_very_long_name_that_is_no_catalog_at_all": false,
	} {
		if got := catalogName(name); got != want {
			t.Errorf("catalogName(%q) = %v, want %v", name, got, want)
		}
	}
	for name, want := range map[string]bool{
		"a.b": true, "_.code": true, "settings.mailserver.password": true, "campaigns.noOptinLists": true,
		"email": false, "a..b": false, ".a": false, "a.": false, "a-b.c": false, "user email.x": false,
	} {
		if got := messageID(name); got != want {
			t.Errorf("messageID(%q) = %v, want %v", name, got, want)
		}
	}
}
