// Package bedrockruntime is a stand-in for
// github.com/aws/aws-sdk-go-v2/service/bedrockruntime.
package bedrockruntime

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types"
)

type Options struct{ Region string }

type Client struct{ options Options }

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

type InvokeModelInput struct {
	ModelId     *string
	Body        []byte
	ContentType *string
}

type InvokeModelOutput struct{ Body []byte }

func (c *Client) InvokeModel(ctx context.Context, params *InvokeModelInput, optFns ...func(*Options)) (*InvokeModelOutput, error) {
	return nil, nil
}

type ConverseInput struct {
	ModelId  *string
	Messages []types.Message
	System   []types.SystemContentBlock
}

type ConverseOutput struct{}

func (c *Client) Converse(ctx context.Context, params *ConverseInput, optFns ...func(*Options)) (*ConverseOutput, error) {
	return nil, nil
}
