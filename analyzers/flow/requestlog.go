package flow

// requestLog handles a request-logging middleware that the catalog's log
// entry names by the inputs it logs (`inputs:` on a log entry):
// gorilla/handlers' CombinedLoggingHandler(w, h) writes, for every request
// h serves, a line with the client's address and its User-Agent. No
// argument carries those inputs: the call itself puts them in the log, so
// each input named for personal data reaches the log at the call, read
// from every request the middleware serves.
func (st *fnState) requestLog(c *callSite, ref SinkRef, inputs []string) {
	var t set
	for _, name := range inputs {
		m, ok := st.a.keyMatch(name)
		if !ok {
			continue
		}
		t = union(t, single(st.a.intern(&Source{
			Category:   m.Category,
			Symbol:     "the " + name + " of every request it serves",
			Pos:        st.a.posString(c.instr.Pos()),
			DetectedBy: "name",
			Evidence:   m.Details,
			Protected:  m.Protected,
			Sensitive:  m.Sensitive,
		})))
	}
	st.reachAtCall(c, ref, t)
}
