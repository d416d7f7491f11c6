// Package datumparts nests anonymous structs in a person's profile: the
// structure of one datum (a picture's sizes and codec, a name's locale)
// is not more of the person's data, while the parts of a datum that has
// parts (an address) stay the person's. Fields with a want comment must
// be flagged, the others must not.
package datumparts

// ProfileResponse is a person's profile as a social network returns it.
type ProfileResponse struct {
	Email     string   `json:"email"` // want Email:"pii user.contact.email by tag"
	FirstName struct { // want FirstName:"pii user.name.first by tag"
		Localized       map[string]string `json:"localized"`
		PreferredLocale struct {
			Country  string `json:"country"`
			Language string `json:"language"`
		} `json:"preferredLocale"`
	} `json:"firstName"`
	ProfilePicture struct { // want ProfilePicture:"pii user.content.self_image by tag"
		Artifact string `json:"artifact"`
		Codec    struct {
			Name string `json:"name"`
			Type string `json:"type"`
		} `json:"codec"`
	} `json:"profilePicture"`
	Address struct { // want Address:"pii user.contact.address by tag holder"
		City    string `json:"city"`    // want City:"pii user.contact.address.city by tag"
		Country string `json:"country"` // want Country:"pii user.contact.address.country by tag"
	} `json:"address"`
	Contact struct {
		Name string `json:"name"` // want Name:"pii user.name by tag"
	} `json:"contact"`
}
