// Package imagerefs holds PL102 cases of a photo or a scan beside the
// string that says where it is kept (a storage key, a link, a path):
// logging where an image lies is not logging the image.
package imagerefs

import (
	"fmt"
	"log"
	"net/url"
)

// Member is a person with a portrait kept in an object store.
type Member struct {
	Email string
	// Portrait is the object-store key of the member's portrait.
	Portrait string
	// PhotoURL is where the member's photo can be fetched.
	PhotoURL *url.URL
	// PortraitPath is the portrait's file on disk.
	PortraitPath string
	// Selfie is the image itself, as uploaded.
	Selfie []byte
	// BiometricFile is where the member's biometric enrolment is kept.
	BiometricFile string
}

// portraitKey returns the object-store key of m's portrait.
func (m *Member) portraitKey() string { return m.Portrait }

func removePortrait(m *Member) {
	key := m.portraitKey()
	log.Printf("removing portrait %s", key)              // ok: the key of the stored portrait, not the portrait
	log.Printf("portrait at %v", m.PhotoURL)             // ok: where the portrait is, not the portrait
	log.Println("scan kept at " + m.BiometricFile)       // ok: the enrolment's path, not the enrolment
	log.Printf("portrait file %q", m.PortraitPath)       // ok: the portrait's path, not the portrait
	log.Printf("portrait %s of %s", m.Portrait, m.Email) // want `PL102 user\.contact\.email from Member\.Email is written to the log \(log\.Printf\)`
	log.Printf("upload %x", m.Selfie)                    // want `PL102 user\.content\.self_image from Member\.Selfie is written to the log \(log\.Printf\)`
	fmt.Println(string(m.Selfie))                        // want `PL102 user\.content\.self_image from Member\.Selfie is written to standard output \(fmt\.Println\)`
}

func dump(m Member) {
	log.Printf("%+v", m) // want `PL102 user\.contact\.email from Member\.Email is written to the log \(log\.Printf\)` `PL102 user\.content\.self_image from Member\.Selfie is written to the log \(log\.Printf\)`
}
