// Package notifier declares a notifier interface and, beside it, an
// implementation that writes each notification to a file.
package notifier

import (
	"fmt"
	"os"
)

// Notifier sends a notification.
type Notifier interface {
	Send(to string, data any) error
}

// FileNotifier appends notifications to a file.
type FileNotifier struct{ Path string }

// Send writes data to the file.
func (n *FileNotifier) Send(to string, data any) error {
	f, err := os.OpenFile(n.Path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = fmt.Fprintf(f, "to %s: %v\n", to, data)
	return err
}
