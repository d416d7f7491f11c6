// Package visitors stands in for the code behind the systems of Fides'
// demo manifests (../manifests): privlint judges it against their privacy
// declarations and their policy.
package visitors

// Visitor is what the demo's marketing system keeps.
type Visitor struct {
	CookieID string `pii:"user.device.cookie_id" purpose:"collect_data_for_marketing"`
	// The declaration "Collect data for marketing" leaves user.contact out
	// (demo_system.yml says to uncomment it to see fides evaluate fail);
	// this code collects an e-mail for it all the same.
	Email string `purpose:"collect_data_for_marketing"`
}

// Customer is what the demo's analytics system analyses.
type Customer struct {
	Email    string `purpose:"analyze_customer_behaviour_for_improvements_"`
	CookieID string `pii:"user.device.cookie_id" purpose:"analyze_customer_behaviour_for_improvements_"`
}
