// Package nopii holds no personal data: PL201 skips its walk, and must
// record the same result as the walk, the holders it reads included.
package nopii

import "strings"

// Point is a point.
type Point struct{ X, Y int }

// Shape holds struct values: its fields are holders.
type Shape struct {
	Center  Point
	Corners []Point
	Labels  map[string]Point
	Next    *Shape
	Name    string
	Point          // embedded: no holder
	hidden  *Point // read in tests only
}

// Area reads the holders Center, Corners and Next.
func Area(s *Shape) int {
	n := s.Center.X * s.Corners[0].Y
	for p := s.Next; p != nil; p = p.Next {
		n += p.X
	}
	return n + len(strings.ToUpper(s.Name))
}

// Moved writes a holder and hands the shape over as any.
func Moved(s Shape) any {
	s.Center = Point{X: 1}
	return s
}
