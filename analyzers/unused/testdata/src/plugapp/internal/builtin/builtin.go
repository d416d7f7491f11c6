// Package builtin is the program's own hook, which ignores the address.
package builtin

import "plugapp/plugin"

type countHook struct{ n int }

func (h *countHook) Fire(e *plugin.Event) { h.n++ }

func init() { plugin.Hooks = append(plugin.Hooks, &countHook{}) }
