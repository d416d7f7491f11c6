package main

import (
	"fmt"
	"strings"
	"time"
)

// report is the benchmark's outcome.
type report struct {
	cores     int
	goVersion string
	platform  string
	runs      int
	sets      []*setResult
	notes     []string
}

// markdown formats the report: the main table, a summary per set, the
// issue's goals and the notes. The output depends only on the figures.
func (r *report) markdown() string {
	var b strings.Builder
	runs := "runs"
	if r.runs == 1 {
		runs = "run"
	}
	fmt.Fprintf(&b, "privlint benchmark: %d cores (runtime.NumCPU), %s %s, %d %s per figure (median wall time, largest peak RSS)\n\n",
		r.cores, r.goVersion, r.platform, r.runs, runs)
	rows := [][]string{{"set", "lines", "tool", "wall s", "× floor", "peak RSS MiB", "× floor RSS", "exit"}}
	for _, s := range r.sets {
		floor := s.row(toolFloor)
		for _, m := range s.rows {
			if m.skipped != "" {
				rows = append(rows, []string{s.name, thousands(s.lines), m.tool, m.skipped, "", "", "", ""})
				continue
			}
			if len(m.samples) == 0 {
				continue
			}
			rows = append(rows, []string{
				s.name, thousands(s.lines), m.tool,
				seconds(m.median()),
				ratio(float64(m.median()), floorWall(floor)),
				mib(m.maxRSS()),
				ratio(float64(m.maxRSS()), floorRSS(floor)),
				m.exits(),
			})
		}
	}
	writeTable(&b, rows, []bool{false, true, false, true, true, true, true, false})

	// Per-set summary.
	sum := [][]string{{"set", "check ms/kline", "floor ms/kline", "check ÷ gosec", "vet touched ÷ cold"}}
	for _, s := range r.sets {
		check, floor := s.row(toolCheck), s.row(toolFloor)
		row := []string{s.name, perKline(check, s.lines), perKline(floor, s.lines), "", ""}
		if g := s.row(toolGosec); measured(g) && measured(check) {
			row[3] = ratio(float64(check.median()), float64(g.median()))
		}
		if t, c := s.row(toolVetTouched), s.row(toolVetCold); measured(t) && measured(c) {
			row[4] = ratio(float64(t.median()), float64(c.median()))
		}
		sum = append(sum, row)
	}
	if len(r.sets) > 0 {
		b.WriteString("\n")
		writeTable(&b, sum, []bool{false, true, true, true, true})
	}

	if goals := r.goals(); len(goals) > 0 {
		b.WriteString("\nGoals (issues 7 and 16):\n")
		for _, g := range goals {
			b.WriteString("- " + g + "\n")
		}
	}
	var notes []string
	notes = append(notes, r.notes...)
	for _, s := range r.sets {
		notes = append(notes, s.notes...)
	}
	notes = append(notes,
		"floor, privlint check and gosec use the default (warm) build cache; go vet (cold cache) uses a fresh GOCACHE each run, and the warm runs reuse it",
		"peak RSS is the largest resident set of the process or of any child it waited for (wait4's rusage), so for go vet it is the largest compile or vet process",
	)
	b.WriteString("\nNotes:\n")
	for _, n := range notes {
		b.WriteString("- " + n + "\n")
	}
	return b.String()
}

// goals states each of issue 7's goals that the measured sets bear on.
func (r *report) goals() []string {
	var out []string
	verdict := func(ok bool) string {
		if ok {
			return "met"
		}
		return "MISSED"
	}
	for _, s := range r.sets {
		check, floor := s.row(toolCheck), s.row(toolFloor)
		if !measured(check) || !measured(floor) {
			continue
		}
		tr := float64(check.median()) / float64(floor.median())
		if s.name == "std" && floor.maxRSS() > 0 {
			mr := float64(check.maxRSS()) / float64(floor.maxRSS())
			out = append(out, fmt.Sprintf("std: privlint check %.2f× the floor's wall time (goal ≤ 1.3: %s), %.2f× its peak RSS (goal ≤ 1.5: %s)",
				tr, verdict(tr <= 1.3), mr, verdict(mr <= 1.5)))
		}
		if s.name == "gen200k" {
			line := fmt.Sprintf("gen200k: privlint check %.2f× the floor's wall time (goal ≤ 2: %s)", tr, verdict(tr <= 2))
			if g := s.row(toolGosec); measured(g) {
				line += fmt.Sprintf(", %.2f× gosec's (goal < 1: %s)", float64(check.median())/float64(g.median()), verdict(check.median() < g.median()))
			}
			out = append(out, line)
		}
	}
	// Scaling: the largest generated set against the smallest.
	var small, large *setResult
	for _, s := range r.sets {
		if !s.gen || !measured(s.row(toolCheck)) || s.lines == 0 {
			continue
		}
		if small == nil || s.lines < small.lines {
			small = s
		}
		if large == nil || s.lines > large.lines {
			large = s
		}
	}
	if small != nil && large != small {
		per := func(s *setResult) float64 { return float64(s.row(toolCheck).median()) / float64(s.lines) }
		q := per(large) / per(small)
		goal := ""
		if small.name == "gen50k" && large.name == "gen400k" {
			goal = fmt.Sprintf(" (goal ≤ 1.25: %s)", verdict(q <= 1.25))
		}
		out = append(out, fmt.Sprintf("scaling: privlint check time per line on %s is %.2f× that on %s%s", large.name, q, small.name, goal))
	}
	out = append(out, r.exportDataGoals(verdict)...)
	for _, s := range r.sets {
		t, c := s.row(toolVetTouched), s.row(toolVetCold)
		if measured(t) && measured(c) {
			q := float64(t.median()) / float64(c.median())
			out = append(out, fmt.Sprintf("%s: go vet warm re-run after touching a leaf package takes %.1f%% of the cold run (goal ≤ 10%%: %s)", s.name, 100*q, verdict(q <= 0.10)))
		}
	}
	return out
}

// exportDataGoals states issue 16's goals: the module from source, the
// dependencies from export data.
func (r *report) exportDataGoals(verdict func(bool) string) []string {
	var out []string
	for _, s := range r.sets {
		check, floor, all, gosec := s.row(toolCheck), s.row(toolFloor), s.row(toolFloorAll), s.row(toolGosec)
		if !measured(check) {
			continue
		}
		switch s.name {
		case "miniflux":
			if measured(gosec) && gosec.maxRSS() > 0 {
				w, m := float64(check.median())/float64(gosec.median()), float64(check.maxRSS())/float64(gosec.maxRSS())
				out = append(out, fmt.Sprintf("miniflux: privlint check %.2f× gosec's wall time (goal ≤ 1: %s), %.2f× its peak RSS (goal ≤ 2: %s)",
					w, verdict(w <= 1), m, verdict(m <= 2)))
			}
		case "gitea":
			rss := float64(check.maxRSS()) / 1024 / 1024
			line := fmt.Sprintf("gitea: privlint check peak RSS %.2f GiB (goal ≤ 2: %s)", rss, verdict(rss <= 2))
			if measured(all) {
				w := float64(check.median()) / float64(all.median())
				line += fmt.Sprintf(", %.2f× the whole-source floor's wall time (goal ≤ 1: %s)", w, verdict(w <= 1))
			}
			out = append(out, line)
		case "gen200k", "std":
			if !measured(floor) {
				continue
			}
			goal := 1.5
			if s.name == "std" {
				goal = 1.2
			}
			w := float64(check.median()) / float64(floor.median())
			out = append(out, fmt.Sprintf("%s: privlint check %.2f× the floor's wall time, the floor being privlint's own load now (goal ≤ %.1f: %s)",
				s.name, w, goal, verdict(w <= goal)))
		}
	}
	return out
}

// measured reports whether m ran at least once.
func measured(m *measurement) bool { return m != nil && m.skipped == "" && len(m.samples) > 0 }

// floorWall returns the floor's median wall time, 0 when not measured.
func floorWall(m *measurement) float64 {
	if !measured(m) {
		return 0
	}
	return float64(m.median())
}

// floorRSS returns the floor's peak RSS, 0 when not measured.
func floorRSS(m *measurement) float64 {
	if !measured(m) {
		return 0
	}
	return float64(m.maxRSS())
}

// ratio formats a/b, or "" when b is zero.
func ratio(a, b float64) string {
	if b == 0 || a == 0 {
		return ""
	}
	return fmt.Sprintf("%.2f", a/b)
}

// seconds formats d in seconds.
func seconds(d time.Duration) string { return fmt.Sprintf("%.2f", d.Seconds()) }

// mib formats KiB as MiB, "" when unknown.
func mib(kib int64) string {
	if kib <= 0 {
		return ""
	}
	return fmt.Sprintf("%.1f", float64(kib)/1024)
}

// perKline formats m's median in milliseconds per thousand lines.
func perKline(m *measurement, lines int) string {
	if !measured(m) || lines == 0 {
		return ""
	}
	return fmt.Sprintf("%.1f", float64(m.median().Milliseconds())/(float64(lines)/1000))
}

// thousands formats n with comma separators.
func thousands(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// writeTable writes rows (the first is the header) as an aligned
// Markdown table; right marks the right-aligned columns.
func writeTable(b *strings.Builder, rows [][]string, right []bool) {
	widths := make([]int, len(rows[0]))
	for _, row := range rows {
		for i, cell := range row {
			widths[i] = max(widths[i], len([]rune(cell)), 3)
		}
	}
	line := func(cells []string) {
		b.WriteString("|")
		for i, cell := range cells {
			pad := strings.Repeat(" ", widths[i]-len([]rune(cell)))
			if right[i] {
				b.WriteString(" " + pad + cell + " |")
			} else {
				b.WriteString(" " + cell + pad + " |")
			}
		}
		b.WriteString("\n")
	}
	line(rows[0])
	b.WriteString("|")
	for i, w := range widths {
		if right[i] {
			b.WriteString(" " + strings.Repeat("-", w-1) + ": |")
		} else {
			b.WriteString(" " + strings.Repeat("-", w) + " |")
		}
	}
	b.WriteString("\n")
	for _, row := range rows[1:] {
		line(row)
	}
}
