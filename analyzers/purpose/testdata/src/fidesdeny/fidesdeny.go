// Package fidesdeny holds the PL006 cases whose purposes and rules come
// from Fides manifests (fides/system.yml, fides/policy.yml).
package fidesdeny

// Subscriber is processed for the newsletter: health data for a marketing
// use is forbidden by the Fides policy, even though the declaration lists it.
type Subscriber struct {
	Email     string   `purpose:"newsletter"`
	Allergies []string `pii:"user.health_and_medical" purpose:"newsletter"` // want `PL006 user.health_and_medical in Subscriber.Allergies is processed for purpose "newsletter", which rule "No health data for marketing" of Fides policy "clinic_policy" \(fides/policy.yml:5\) forbids: data_categories ANY of user.health_and_medical \(processed: user.health_and_medical\); data_uses ANY of marketing \(processed: marketing.communications.email\); data_subjects ANY of customer, patient \(processed: customer\)`
}

// Reminder is processed for care: no rule names its data use.
type Reminder struct {
	Email     string `purpose:"care_reminders"`
	Condition string `pii:"user.health_and_medical" purpose:"care_reminders"`
}

// Export's declaration names no data subjects: privlint fails closed and
// judges it as if they might be anyone, so the NONE rule fires.
type Export struct {
	Diagnosis string `pii:"user.health_and_medical" purpose:"research_export"` // want `PL006 user.health_and_medical in Export.Diagnosis is processed for purpose "research_export", which rule "Health data only about patients" of Fides policy "clinic_policy" \(fides/policy.yml:9\) forbids: .*data_subjects NONE of patient \(the purpose declares no subjects, so privlint assumes they may be any\)`
}
