package schemacheck

import (
	"testing"

	"gopkg.in/yaml.v3"
)

// TestMemoTable checks the visit memo's table across its growth: every
// node keeps its own slot, an unseen node (nil included) has state 0.
func TestMemoTable(t *testing.T) {
	var m memoTable
	nodes := make([]yaml.Node, 5000)
	slots := map[*yaml.Node]int32{}
	for i := range nodes {
		n := &nodes[i]
		if m.state(n, roleSchema) != 0 {
			t.Fatalf("node %d has a state before it was added", i)
		}
		s := m.index(n)
		if _, dup := slots[n]; dup {
			t.Fatalf("node %d added twice", i)
		}
		slots[n] = s
		m.states[s][roleParam] = visitState(i%3 + 1)
	}
	if m.state(nil, roleParam) != 0 {
		t.Fatal("the nil node has a state before it was added")
	}
	ns := m.index(nil)
	m.states[ns][roleParam] = statePersonal
	for i := range nodes {
		n := &nodes[i]
		if got := m.index(n); got != slots[n] {
			t.Fatalf("node %d: slot %d, first given %d", i, got, slots[n])
		}
		if got, want := m.state(n, roleParam), visitState(i%3+1); got != want {
			t.Fatalf("node %d: state %d, want %d", i, got, want)
		}
	}
	if m.index(nil) != ns || m.state(nil, roleParam) != statePersonal || m.state(nil, roleSchema) != 0 {
		t.Fatal("the nil node's slot changed")
	}
	if len(m.states) != len(nodes)+1 {
		t.Fatalf("%d slots for %d nodes and nil", len(m.states), len(nodes))
	}
}
