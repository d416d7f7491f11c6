// Package option is a stand-in for github.com/anthropics/anthropic-sdk-go/option.
package option

type RequestConfig struct{ BaseURL string }

type RequestOption = func(*RequestConfig) error

func WithBaseURL(base string) RequestOption {
	return func(c *RequestConfig) error { c.BaseURL = base; return nil }
}

func WithAPIKey(key string) RequestOption {
	return func(c *RequestConfig) error { return nil }
}
