package flow_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/privlint/privlint/analyzers/flow"
)

// TestFixpointSkipsTheConfirmingPass checks that a function's fixpoint
// makes no pass that could only confirm the last one: a function that
// stores its parameter into a struct and reads it back after (Keep) needs
// one pass, since nothing it read changed after it read it; a loop that
// reads the field before it stores into it (Loop) needs a second pass,
// which finds the flow the first could not. Confirming every pass that
// changed something would make two passes of each Keep and three of
// Loop.
func TestFixpointSkipsTheConfirmingPass(t *testing.T) {
	const keeps = 20
	var src strings.Builder
	src.WriteString("package app\n\nimport \"log\"\n\ntype box struct{ v string }\n")
	for i := range keeps {
		fmt.Fprintf(&src, "\nfunc Keep%d(email string) { b := &box{}; b.v = email; log.Println(b.v) }\n", i)
	}
	src.WriteString("\nfunc Loop(email string) {\n\tb := &box{}\n\tfor i := 0; i < 3; i++ {\n\t\tlog.Println(b.v)\n\t\tb.v = email\n\t}\n}\n")
	var mu sync.Mutex
	passes := -1
	flow.SetPassHook(func(pkg string, p int) {
		if pkg == "example.com/app" {
			mu.Lock()
			passes = p
			mu.Unlock()
		}
	})
	defer flow.SetPassHook(nil)

	flows := flowsOf(t, src.String())
	if flows != keeps+1 {
		t.Errorf("%d flows, want %d (one per KeepN, one in Loop)", flows, keeps+1)
	}
	mu.Lock()
	defer mu.Unlock()
	// One pass of each Keep and of init (empty), two of Loop. Cells that
	// share a bit of the pass's record of reads may cost a Keep a second
	// pass now and then: a few are allowed, not one per function.
	want := keeps + 1 + 2
	if passes < want || passes > want+keeps/4 {
		t.Errorf("the fixpoints made %d passes, want %d (at most %d)", passes, want, want+keeps/4)
	}
}
