package main

import (
	"os"

	_ "plugapp/internal/builtin"
	"plugapp/internal/review"
)

func main() {
	review.Check("hello", os.Getenv("REMOTE_ADDR"))
	review.Signed(os.Getenv("EMAIL"))
}
