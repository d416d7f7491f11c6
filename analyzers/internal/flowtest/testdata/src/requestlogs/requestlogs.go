// Package requestlogs holds the cases of request-logging middleware: a
// call whose arguments carry nothing, but which logs the client's address
// (and User-Agent) of every request it serves (log: inputs).
package requestlogs

import (
	"io"
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/handlers"
	"github.com/labstack/echo/v4/middleware"
)

func gorillaLogs(h http.Handler) http.Handler {
	h = handlers.CompressHandler(h)                      // ok: compression logs nothing
	h = handlers.LoggingHandler(os.Stdout, h)            // want `PL102 user\.device\.ip_address from the client address of every request it serves is written to the log \(handlers\.LoggingHandler\)`
	return handlers.CombinedLoggingHandler(os.Stderr, h) // want `PL102 user\.device\.ip_address from the client address of every request it serves is written to the log \(handlers\.CombinedLoggingHandler\)` `PL102 user\.device\.user_agent from the User-Agent of every request it serves is written to the log \(handlers\.CombinedLoggingHandler\)`
}

func customLog(h http.Handler) http.Handler {
	// ok: the formatter decides what each line holds (here: the path).
	return handlers.CustomLoggingHandler(os.Stdout, h, func(w io.Writer, r *http.Request) { io.WriteString(w, r.URL.Path) })
}

func ginLogs() *gin.Engine {
	e := gin.New() // ok: no logger attached
	e.Use(gin.Recovery())
	e.Use(gin.LoggerWithFormatter(func() string { return "" })) // ok: its own format
	e.Use(gin.Logger())                                         // want `PL102 user\.device\.ip_address from the client address of every request it serves is written to the log \(gin\.Logger\)`
	return gin.Default()                                        // want `PL102 user\.device\.ip_address from the client address of every request it serves is written to the log \(gin\.Default\)`
}

func echoLogs() []middleware.MiddlewareFunc {
	return []middleware.MiddlewareFunc{
		middleware.Recover(), // ok
		middleware.Logger(),  // want `PL102 user\.device\.ip_address from the client address of every request it serves is written to the log \(middleware\.Logger\)` `PL102 user\.device\.user_agent from the User-Agent of every request it serves is written to the log \(middleware\.Logger\)`
	}
}

// LoggingHandler is the program's own handler named like gorilla's: not
// the catalog's, so only what it is given counts.
func LoggingHandler(out io.Writer, h http.Handler) http.Handler { return h }

func ownLogs(h http.Handler) http.Handler {
	return LoggingHandler(os.Stdout, h) // ok
}

// User is a person.
type User struct {
	Email string
}

// greeter serves a page greeting its user.
type greeter struct{ to *User }

func (g greeter) ServeHTTP(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "hello") }

func greet(u *User) http.Handler {
	// Only the client's address: the handler it wraps is served, not
	// logged.
	return handlers.LoggingHandler(os.Stdout, greeter{to: u}) // want `PL102 user\.device\.ip_address from the client address of every request it serves is written to the log \(handlers\.LoggingHandler\)`
}

func quietProfile(e *gin.Engine, u *User) {
	// The paths it is told to skip are not logged: only every other
	// request's client address is.
	e.Use(gin.LoggerWithWriter(os.Stdout, "/profile/"+u.Email)) // want `PL102 user\.device\.ip_address from the client address of every request it serves is written to the log \(gin\.LoggerWithWriter\)`
}
