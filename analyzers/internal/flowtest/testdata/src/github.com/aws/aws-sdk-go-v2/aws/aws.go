// Package aws is a stand-in for github.com/aws/aws-sdk-go-v2/aws.
package aws

func String(s string) *string { return &s }

// Config is the SDK's shared configuration.
type Config struct{ Region string }
