// Package storage defines an Analyzer that reports personal data written
// to persistent storage without encryption.
//
// # Analyzer storage
//
// storage: report PL101 storage-unencrypted
//
// It reports, at the call that writes it, each personal-data field (or
// personal-data parameter or request input) that the flow analyzer follows
// into a storage sink — SQL databases and ORMs (database/sql, sqlx, gorm,
// pgx), document stores (mongo), caches (redis, memcached), files, object
// stores (S3, Cloud Storage, Azure blobs) and the policy's sinks.storage —
// when the policy requires its category encrypted (encryption.required:
// `sensitive` by default, `all`, or category keys) and it did not pass an
// encryption function. Values whose name says they are one-way
// (PasswordHash) and fields tagged pii:"…,encrypted" (encrypted at rest by
// the store) are not reported, nor is a field of a struct handed whole to
// a store whose mapping's tag leaves it out of the table (gorm:"-",
// xorm:"-", db:"-", bson:"-").
package storage
