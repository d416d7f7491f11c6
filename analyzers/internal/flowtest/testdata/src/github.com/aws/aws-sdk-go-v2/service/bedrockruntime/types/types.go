// Package types is a stand-in for
// github.com/aws/aws-sdk-go-v2/service/bedrockruntime/types.
package types

type ConversationRole string

const ConversationRoleUser ConversationRole = "user"

type ContentBlock interface{ isContentBlock() }

type ContentBlockMemberText struct{ Value string }

func (*ContentBlockMemberText) isContentBlock() {}

type Message struct {
	Role    ConversationRole
	Content []ContentBlock
}

type SystemContentBlock interface{ isSystemContentBlock() }

type SystemContentBlockMemberText struct{ Value string }

func (*SystemContentBlockMemberText) isSystemContentBlock() {}
