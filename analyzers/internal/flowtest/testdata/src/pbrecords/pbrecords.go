// Package pbrecords holds PL102 cases of PocketBase records: a Record
// keeps its fields in a map, so what Get, GetString and GetStringSlice
// return under a constant key named for personal data is that data.
package pbrecords

import (
	"log/slog"

	"github.com/pocketbase/pocketbase/core"
)

func onSignUp(rec *core.Record, field string) {
	slog.Info("new account", "who", rec.GetString("email"))        // want `PL102 user\.contact\.email from rec\.GetString\("email"\) is written to the log \(slog\.Info\)`
	slog.Info("new account", "who", rec.Get("phone"))              // want `PL102 user\.contact\.phone_number from rec\.Get\("phone"\) is written to the log \(slog\.Info\)`
	slog.Info("new account", "ips", rec.GetStringSlice("last_ip")) // want `PL102 user\.device\.ip_address from rec\.GetStringSlice\("last_ip"\) is written to the log \(slog\.Info\)`
	slog.Info("new account", "title", rec.GetString("title"))      // ok: a title field
	slog.Info("new account", "value", rec.GetString(field))        // ok: which field is not known
	slog.Info("new account", "age", rec.GetInt("age"))             // ok: a number
	slog.Info("new account", "id", rec.Id)                         // ok: the record's id
}
