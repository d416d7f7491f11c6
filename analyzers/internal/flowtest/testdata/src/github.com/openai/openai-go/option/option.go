// Package option is a stand-in for github.com/openai/openai-go/option.
package option

// RequestConfig holds a request's settings.
type RequestConfig struct{ BaseURL, APIKey string }

// RequestOption changes a request's settings.
type RequestOption = func(*RequestConfig) error

func WithBaseURL(base string) RequestOption {
	return func(c *RequestConfig) error { c.BaseURL = base; return nil }
}

func WithAPIKey(key string) RequestOption {
	return func(c *RequestConfig) error { c.APIKey = key; return nil }
}
