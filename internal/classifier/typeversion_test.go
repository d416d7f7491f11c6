package classifier

import "testing"

// TestTypeNameVersion: a trailing number or version does not hide a
// person type (User2, CustomerV2), and makes no other type person-like.
func TestTypeNameVersion(t *testing.T) {
	c := testClassifier(t)
	for name, want := range map[string]bool{
		"User2": true, "UserV2": true, "CustomerV10": true, "Customer_v1": true, "PatientRecord2": false,
		"Product5": false, "Sha256": false, "V2": false, "Oauth2": false, "User2Config": false,
	} {
		if got, _ := c.TypeName(name); got != want {
			t.Errorf("TypeName(%q) person-like = %v, want %v", name, got, want)
		}
	}
	// Its members are judged as a person's, once (not by co-occurrence).
	got := c.Object(Object{TypeName: "UserV2", Members: []Member{{Name: "email", Kind: KindString}, {Name: "city", Kind: KindString}}})
	if got[1].Category != "user.contact.address.city" || len(got[0].Details) == 0 || got[0].Details[len(got[0].Details)-1] != "holder:person-like(UserV2)" {
		t.Errorf("UserV2 members = %+v", got)
	}
}
