//privlint:purpose account

// Package pkgpurpose declares a purpose for the whole package.
package pkgpurpose
