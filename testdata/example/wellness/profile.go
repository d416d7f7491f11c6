// Package wellness keeps the optional dietary profile of meal-kit subscribers.
package wellness

// Profile is a subscriber's dietary profile.
//
//privlint:purpose wellness
type Profile struct {
	SubscriberID int64
	Allergies    []string
	Diagnosis    string
}
