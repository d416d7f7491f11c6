// Package ses is a stand-in for github.com/aws/aws-sdk-go-v2/service/ses.
package ses

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/ses/types"
)

type Client struct{}
type SendEmailInput struct {
	Source      *string
	Destination *types.Destination
	Message     *types.Message
}
type SendEmailOutput struct{ MessageId *string }
type Options struct{}

func (c *Client) SendEmail(ctx context.Context, in *SendEmailInput, opts ...func(*Options)) (*SendEmailOutput, error) {
	return nil, nil
}
