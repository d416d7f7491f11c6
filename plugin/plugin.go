// Package plugin is privlint as a golangci-lint v2 module plugin, registered
// under the name "privlint". Build a golangci-lint that includes it with
// `golangci-lint custom` and a .custom-gcl.yml naming this module and the
// import path github.com/privlint/privlint/plugin, then enable the linter in
// .golangci.yml (see the README, "golangci-lint").
//
// The plugin runs every privlint analyzer (analyzers.New) on the packages
// golangci-lint loads, so it reports the Go findings that `go vet
// -vettool=privlint` reports; schema files and SARIF output need
// `privlint check`. Settings (linters.settings.custom.privlint.settings):
//
//	config: path/to/privlint.yaml   # optional
//
// config names the policy file, relative to the directory golangci-lint
// runs in; without it each package uses the privlint.yaml found walking up
// from its directory to the repository root ($PRIVLINT_CONFIG also works).
// An unknown settings key, a missing file or an invalid policy is an error
// when golangci-lint starts.
package plugin

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/privlint/privlint/analyzers"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/rules/policy"
)

// Name is the linter name the plugin registers with golangci-lint.
const Name = "privlint"

func init() {
	register.Plugin(Name, New)
}

// Settings are the plugin's settings in .golangci.yml.
type Settings struct {
	// Config is the policy file (privlint.yaml); empty means the one found
	// from each package's directory.
	Config string `json:"config"`
}

// Plugin is privlint's golangci-lint plugin.
type Plugin struct {
	settings Settings
	// policyPath is the absolute path of Settings.Config, or "".
	policyPath string
	// set is the instance's analyzers, judging by its own policy.
	set *analyzers.Set
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New is the plugin constructor golangci-lint calls with the raw settings.
// It rejects unknown keys and checks that the policy file named by config
// exists and is valid. Each instance has its own analyzers and policy.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("privlint plugin settings: %w", err)
	}
	p := &Plugin{settings: s}
	if s.Config != "" {
		path, err := policy.Resolve(s.Config, "")
		if err != nil {
			return nil, fmt.Errorf("privlint plugin settings: config: %w", err)
		}
		if _, err := policy.Load(path); err != nil {
			return nil, fmt.Errorf("privlint plugin settings: config: %w", err)
		}
		p.policyPath = path
	}
	p.set = analyzers.New(config.Find(p.policyPath, config.Options{}))
	return p, nil
}

// BuildAnalyzers returns privlint's analyzers, judging by the instance's
// settings.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.set.All(), nil
}

// GetLoadMode says the analyzers need type information (they build SSA and
// exchange facts).
func (p *Plugin) GetLoadMode() string {
	return register.LoadModeTypesInfo
}

// PolicyPath is the absolute path of the policy file the settings name, or
// "" when each package finds its own.
func (p *Plugin) PolicyPath() string { return p.policyPath }
