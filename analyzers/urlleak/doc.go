// Package urlleak defines an Analyzer that reports personal data placed in
// the URL of an outgoing HTTP request.
//
// # Analyzer urlleak
//
// urlleak: report PL104 personal-data-in-url
//
// It reports, at the call that builds or sends the request (http.Get,
// http.Post, http.NewRequest, (*http.Client).Get, …), each personal-data
// field (or personal-data parameter or request input) that the flow
// analyzer follows into the URL argument: concatenated into the path or
// query, formatted with fmt.Sprintf, or encoded with url.Values. URLs are
// kept in server, proxy and browser logs. A URL that is a personal-data
// value itself — an avatar URL or a website a profile holds, read from its
// field or passed as a parameter and fetched as it is — has nothing put
// into it and is not reported; data stored into the field before, or
// added to the URL, is.
package urlleak
