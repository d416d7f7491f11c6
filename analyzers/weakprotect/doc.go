// Package weakprotect defines an Analyzer that reports personal data
// "protected" by a method that does not protect it.
//
// # Analyzer weakprotect
//
// weakprotect: report PL105 weak-protection
//
// It reports, at the call that protects weakly, personal data that the
// flow analyzer follows from that call to a sink (storage, a log, a third
// party, a request URL, the path, query or fragment of a url.URL being
// built, text built from a constant http or https URL prefix):
//
//   - a guessable credential — a password, PIN, security answer or
//     recovery code — hashed with anything but a password hash: an
//     unkeyed fast hash (crypto/md5, crypto/sha1, crypto/sha256,
//     crypto/sha512, sha3, blake2, hash/crc32, hash/fnv, xxhash, …) or an
//     HMAC with a hard-coded key. bcrypt, scrypt, argon2 and pbkdf2 are
//     password hashes; random tokens (session tokens, API keys) hashed with
//     SHA-256 are not judged. A method that replaces its receiver's
//     password with such a hash counts where the struct is then stored,
//     and a parameter named password, passwd, pwd or pin counts once its
//     fast hash reaches a sink, as does a local variable so named whose
//     value carries a parameter or input (not a literal) when it is
//     fast-hashed, directly or by a helper it is passed to (reported at
//     the call into the helper);
//   - an identifier — an e-mail address, a phone number, a government id,
//     a card or bank account number, an IP address or a device id —
//     pseudonymised with an unkeyed fast hash (or an HMAC with a
//     hard-coded key) whose result is stored, logged, sent or put into a
//     URL. A hash used only as a map key, in a comparison or as a cache
//     key (the key argument of a Redis or bbolt write) is not reported,
//     and neither is a short prefix of a hash (the first five hex digits
//     of a SHA-1 sent for a k-anonymity range query);
//   - personal data encrypted (AEAD Seal, a cipher.Stream or BlockMode,
//     nacl secretbox and box, chacha20poly1305) with a key that is a
//     literal, a buffer never filled, a hash or decoding of a literal, or
//     an unexported package variable only ever set from one of those; or
//     with a nonce or IV that is constant, never filled (all zeros) or
//     filled by math/rand. A key from a parameter, configuration or
//     crypto/rand, and a nonce filled by any other call, are not judged;
//   - personal data only encoded (base64, base32, hex — directly or
//     through a function of the package that returns an encoding) and
//     stored in a field marked encrypted (pii:"…,encrypted"), or bound by a
//     SQL statement (INSERT … VALUES, UPDATE … SET) to such a field's
//     column;
//   - a credential or identifier hashed by the database with a fast hash
//     that the statement's text applies to its placeholder (md5($1),
//     SHA2(?, 256), digest($1, 'sha1'), PASSWORD(?), crypt($1,
//     gen_salt('md5'))): the finding advises crypt($1, gen_salt('bf')) for
//     a credential and hmac($1, key, 'sha256') for an identifier.
//
// A credential or identifier hashed in another package's function is
// reported at the call into that function. One finding per protecting
// call and category. A weakly protected value is not reported by PL101
// as well: PL105 is the finding.
package weakprotect
