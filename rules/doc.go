// Package rules holds privlint's embedded data and its loaders: the default
// personal-data taxonomy (taxonomy.yaml, fideslang 3.x keys, CC BY 4.0
// attribution in ATTRIBUTION.md) and the rule catalog (rules.yaml: ids,
// names, help, CWE, GDPR articles, default levels). The policy file loader
// lives in the subpackage rules/policy.
package rules
