// Package types is a stand-in for github.com/aws/aws-sdk-go-v2/service/ses/types.
package types

type Destination struct{ ToAddresses []string }
type Content struct{ Data *string }
type Body struct{ Text *Content }
type Message struct {
	Subject *Content
	Body    *Body
}
