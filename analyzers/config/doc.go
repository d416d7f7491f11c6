// Package config gives every privlint analyzer the environment it judges a
// package by: the policy, the classifier compiled from its taxonomy, the
// sink catalog extended by the policy, and the run's options. The
// environment is the result of an analyzer that every other privlint
// analyzer Requires, as staticcheck's configuration is, so that nothing of
// it lives in package variables.
//
// A driver builds the analyzers of one run with [New] (through
// analyzers.New) from a [Source]: [Fixed] hands every package the one Env
// the driver built (privlint check), [Find] loads, once per policy file, the
// policy found from each package's directory (go vet, where every package
// is analyzed in its own process in its own directory, and the
// golangci-lint plugin). Analyzers read it with [For].
//
// # Analyzer env
//
// env: give privlint's analyzers the policy, classifier, sink catalog and options they judge a package by
//
// It reports nothing. Its result, a *Env, is what the Source of the run
// gives for the package: the same one for every package of a privlint
// check run, the one of the policy found from the package's directory
// under go vet and golangci-lint.
package config
