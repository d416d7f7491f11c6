// Package purpose defines an Analyzer that checks the declared purposes of
// personal-data struct fields against the policy (privlint.yaml).
//
// # Analyzer purpose
//
// purpose: check purpose limitation, data minimisation and deny rules on declarations
//
// For every personal-data field found by the classify analyzer (holders of
// structs whose own members are personal are judged through those members)
// it reports:
//
//   - PL001 purpose-missing: the field has no declared purpose (no
//     purpose:"…" tag and no //privlint:purpose directive on the field, its
//     type or its package). privlint fails closed: with no policy, or a
//     policy that declares nothing, every personal-data field is a gap.
//   - PL002 purpose-unknown: a declared purpose that the policy does not
//     define, one finding per unknown purpose: on the field for its own
//     tag or directive, and once, on the directive, for a purpose a
//     //privlint:purpose directive on a type or package clause names,
//     however many fields inherit it.
//   - PL003 collection-exceeds-purpose: none of the field's known purposes
//     allows its category. A purpose allows a category when one of its
//     categories is that category or an ancestor of it; a category inferred
//     from a name that is coarser than an allowed one is allowed too.
//   - PL004 special-category-basis: the field holds GDPR Art. 9 or Art. 10
//     data and one of its known purposes has no special_category_basis (nor
//     a legal_basis of explicit_consent, legal_obligation, vital_interests or
//     public_task); one finding per such purpose.
//   - PL006 policy-deny-rule: a deny rule of the policy (Fides semantics)
//     forbids what a purpose processes; the categories judged are those of
//     the package's fields declared for the purpose, and each field that
//     contributes a forbidden category is reported.
//
// Local variables are never judged: these rules are about what a program
// declares it collects.
package purpose
