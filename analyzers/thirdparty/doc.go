// Package thirdparty defines an Analyzer that reports personal data sent to
// a recipient the policy does not allow.
//
// # Analyzer thirdparty
//
// thirdparty: report PL103 third-party-undeclared
//
// Recipients are the SDKs of the sink catalog (Stripe, Segment, Sentry,
// SendGrid, Twilio, Mailgun, Amazon SES, and AI/LLM services: OpenAI,
// Anthropic, Google Gemini and Vertex AI, Amazon Bedrock, Cohere, Mistral,
// LangChainGo and Ollama, whose prompts, messages, embedding inputs and
// tool results are data sent to them), the policy's sinks.third_party,
// functions marked //privlint:sink thirdparty:<name>, and HTTP requests
// whose URL has a constant host (a well-known host such as api.openai.com
// is its service: declared by host or by the service's name). A model
// server on a loopback address (a local Ollama) is not a recipient. For each personal-data value the flow
// analyzer follows to one, it reports when the policy's third_parties does
// not declare the recipient (by key, name, packages or hosts), declares it
// without dpa: true, declares it for none of the data's purposes, or limits
// it to categories that do not cover the data. Hosts matching
// internal_hosts are the organisation's own and are never reported, and
// neither are requests whose host is not a constant. A credential sent as
// the request's own authentication — basic auth, an Authorization or
// API-key header, a query or form parameter named for a credential
// (auth_token, api_key, access_token, password; not page_token) —
// authenticates to the recipient whose credential it is and is not
// reported; sent as data (a body, another parameter) it is.
package thirdparty
