// Package flow defines an Analyzer that follows personal data through a
// package's code, on SSA, to where it leaves the program: storage, logs,
// third parties and request URLs. It reports nothing itself; the rule
// analyzers storage (PL101), logleak (PL102), thirdparty (PL103), urlleak
// (PL104) and weakprotect (PL105) judge the flows it returns.
//
// # Analyzer flow
//
// flow: find flows of personal data into sinks
//
// Sources are reads of personal-data struct fields (facts of the classify
// analyzer, from this package or imported ones), whole struct values that
// hold personal-data fields (each such field counts, unless the type
// formats itself with a String, LogValue or MarshalLogObject method),
// parameters whose names classify as personal data (email, ssn) or, in an
// exported function of an application's logging package, as a login name
// (PrintAuthf(username, …)), results of
// methods named for personal data on person-like types (GetEmail), and
// request inputs with a constant personal-data key (r.FormValue("email"),
// r.URL.Query().Get("ssn"), gin, echo and chi equivalents; a key named
// for a login name, r.FormValue("username"), is the requester's), files
// named for a person's document (an upload r.FormFile("resume"), gin's
// and echo's FormFile, a read os.ReadFile("uploads/cv.pdf")): the file or
// its bytes hold what the document does (a résumé its owner's name and
// contact details, a passport scan the passport number), and results
// of helpers that read a client's address from a request (a function or
// method named for an IP address, ClientIP(r) or ctx.RemoteAddr(), that
// takes an *http.Request or belongs to a type holding one), and the login
// name and password r.BasicAuth() returns.
//
// Values propagate through assignments, phi nodes, conversions, string
// concatenation, fmt.Sprintf and friends, builders and buffers (a write
// taints the receiver, a read of a tainted receiver is tainted), append,
// slices, maps, struct and composite literals, channels, closures and their
// captured variables, method values, and returns. A struct handed to a sink
// counts without the fields overwritten with a clean value (a hash, an
// empty string) on every path before the sink, directly or by a method
// whose summary says it does so on every return without an error
// (u.SetPassword(p) then db.Insert(u)). Calls through an interface use the
// summaries of the method's implementations in the package and its
// imports (at most 8; with up to 32, only what they return and use, not
// their sinks), and a call through an interface of the program's
// own that a catalog storage or third-party sink implements (an Engine
// interface over an ORM's DB, found in those packages or in the
// interface's package and its imports) is that sink; calls of a function
// value loaded from a struct field of the package use those of the
// functions and closures the package stores into that field (at most 8:
// a logger's default getClient hook); a closure passed to a helper that
// calls it and returns its result (a generic retry) carries what the
// closure returns. A struct handed whole to a store does not carry the
// fields its mapping's tag leaves out of the table (gorm:"-", xorm:"-",
// db:"-", bson:"-"; Source.Unmapped), and a struct encoded with
// encoding/json (Marshal, MarshalIndent, an Encoder's Encode), in the
// function or in a helper it is handed to that sends or returns the
// encoding (ParamSink.JSON, ParamResult.JSON), carries only
// the fields the encoding outputs: not those tagged json:"-" nor
// unexported ones, unless its type has a MarshalJSON or MarshalText
// method. A write limited to named columns
// (xorm's Cols, Omit; pop's UpdateColumns and the excluded columns of its
// Create, Update, Save; columns.go) stores the fields of those columns:
// what was stored into them and their own values, not the rest of what
// reached the struct; a helper that writes the columns its caller names
// tells the caller so (ParamSink.Limited). A struct a constructor built
// (Summary.Builds), also when a closure captures it, holds what its
// summary says, not every personal field its type declares.
// What a method keeps in a field of its
// receiver, or in a map held in one (a log builder's Field(k, v): e.fields[k]
// = v; return e), stays in that field of the object the caller's chain
// started from (Summary.FieldStores, SelfResults), and is reported where a
// method that sends that field is called (e.Info, also through e.Log and
// e.Render: FieldResults, and field sinks handed on through helpers that
// pass their receiver along); only that field counts, not the rest of the
// object, a map of objects in a field (a registry) is not such a bag of
// values, and an interface field is not followed that way (fieldstores.go).
// Calls to functions of the
// package use per-function summaries computed to a fixpoint; calls into
// other packages use the summaries those packages exported as facts
// (*Summary: which parameters reach which sinks, which results carry
// which parameters or personal data, which parameters the function also
// uses otherwise: compares, computes with, looks up or hands to a call
// that reads them; see paramuse.go); calls with neither are assumed to
// pass their arguments' data to their results, except results that cannot
// carry it (booleans, numbers, errors).
//
// A function named for hiding what it is given (redactEmail, maskCard,
// stripToken: a redaction verb, or strip/hide/remove with a secret's
// name) returns nothing personal. A value of an application's type that
// formats itself for logs (String, LogString, …) logs only what that
// method shows, whatever was put into it, and so does a value of an
// application's interface that has such a method (a receiver interface
// embedding fmt.Stringer).
//
// Sanitizers stop a flow: the default catalog (rules/sinks.yaml: AEAD Seal,
// nacl, bcrypt, scrypt, argon2, pbkdf2, HMAC, RSA encryption), the policy's
// encryption.functions and values of its encryption.types, functions
// annotated //privlint:encrypts, and objects made by a sanitizer (an HMAC
// or hash being written to).
//
// The result also says how the package writes personal-data fields
// (Result.FieldWrites): with a sanitizer's output, or with anything else
// (a decoder given the struct by address counts as anything else; a read
// from a store, sorting, and a call of the module's own code typed by the
// struct do not count), so that privlint check can tell, over the whole
// module, a field that only ever holds a hash from one that may hold the
// value. Summary.Hashes carries a helper's hashed results across packages.
//
// Weak protection does not stop a flow, it marks it (Source.Weak): an
// unkeyed fast hash (md5, sha1, sha256, crc32, fnv, …), an HMAC whose key
// is constant, and encryption whose key is constant or whose nonce is
// constant, never filled or filled by math/rand. A key or nonce is
// constant when it is a literal, a buffer only constants are written to,
// a hash or decoding of a literal, or an unexported package variable set
// only from one of those. Marked data counts as protected for PL101–PL104
// when it is a credential or was encrypted (it was, before PL105); a hash
// of an identifier stays personal data for them. Summaries carry the mark
// (a parameter hashed on its way to a result or a sink), data used only as
// a lookup key of a storage sink (a cache key) loses it, and so does a
// short prefix of a hash (the range of a k-anonymity query). A store of
// only an encoding (base64, hex) of personal data into a field marked
// encrypted, or its binding by a write statement to such a field's
// column, is a flow of its own (KindEncryptedField), and so is a weakly
// protected value stored into the path, query or fragment of a url.URL,
// or into text built from a constant http or https URL prefix
// (KindURLPart). A summary says which fields of a pointer parameter a
// function overwrites with a weak hash (u.EncryptPassword()), so that the
// field, or a converter's copy of it, reaches a sink marked. A parameter
// named like a person's chosen credential (password) is a source only
// once weakly protected.
//
// Sinks come from the same catalog (database/sql, sqlx, gorm, pgx, mongo,
// redis, files, object stores; log, slog, fmt, zap, logrus, zerolog, logr;
// SDKs of Stripe, Segment, Sentry, SendGrid, Twilio, Mailgun, Amazon SES;
// AI/LLM services: OpenAI (openai-go, go-openai), Anthropic, Google Gemini
// and Vertex AI, Amazon Bedrock, Cohere, Mistral, LangChainGo, Ollama;
// net/http requests with their URL and constant host, well-known service
// hosts such as api.openai.com named for their service), from the policy's
// sinks:, and from functions annotated //privlint:sink. Writes into a
// file or standard output also count through the writers that wrap it
// (bufio.Writer, json and xml encoders, csv.Writer, gzip) and through an
// io.Writer parameter, judged at each caller by what it passes, and into
// a logger's writer field that the package sets to standard output or
// error (an application's own logger, whatever it is later reconfigured
// to). An application's own logging package is a log sink by its shape:
// an exported function or method of a package named log, logger, logging
// or logs, variadic in an empty interface and without results
// (logger.Infof(format, args...)), called from another package; such a
// function's parameter named for personal data (PrintAuthf(username, …))
// makes the caller's argument for it that data when nothing else is known
// of it (a login name decoded from a header by hand). The text
// of a SQL write statement is read for the database's own functions: a
// value bound to crypt($1, gen_salt('bf')), hmac or pgp_sym_encrypt is
// protected, one bound to digest, md5, sha1, sha2 or PASSWORD() is weakly
// hashed (PL105 judges it). Where a client's
// constructor decides the recipient (catalog backends: a LangChainGo model
// made by llms/openai.New, an Ollama or OpenAI client with a base URL), the
// constructor of the receiver is found; a base URL on a loopback address
// keeps the data inside, another constant host is judged as a host.
//
// Builder objects carry what is added to them: the catalog's accumulators
// (a mailgun message's AddRecipient, a request's Header.Set) add their
// arguments to the object they are called on, whatever the library's
// summary says, and the object's send is the sink (mg.Send(m)); a request
// sent by client.Do goes where the URL it was built with says. A request
// to a URL from configuration (a non-personal struct field, an environment
// variable, a package variable, a configuration getter) goes to a
// recipient no policy can declare; the sink names where the URL came from.
// A generated REST client's methods listed under url_calls (Google APIs'
// service.Members.HasMember(group, email), a call's UserKey(email)) put
// their string arguments into the URL of the call object they return:
// those arguments reach a KindURL sink at that call.
// A credential put where a request carries its authentication (an
// Authorization or API-key header, a query or form parameter named for a
// credential: auth_token, api_key; set with url.Values or written into
// the text of a URL naming its host after "?access_token=" by
// fmt.Sprintf or concatenation)
// is marked as such (Source.Auth), also through summaries; PL103 does not
// count it. A request URL that is a
// personal-data field's value or a parameter as it is (an avatar URL
// fetched as given) carries nothing into the URL: it is no KindURL flow,
// and a helper's parameter fetched whole lets each caller decide by what
// it passes (SinkRef.Whole). A string or URL of a category whose datum
// is itself a file (a photo, a scan: the taxonomy's file_data) holds
// where the file lies, not the file: its source is marked Ref (an
// avatar's storage key logged shows no image), and PL102 does not count
// it.
//
// Packages that cannot hold personal data (no personal-data fields of their
// own or imported, no personal-data parameter names, no request inputs) are
// skipped without building SSA, and so is the standard library, whose sinks
// and propagators the catalog models.
package flow
