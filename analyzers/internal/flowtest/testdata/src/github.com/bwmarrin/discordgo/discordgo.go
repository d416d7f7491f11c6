// Package discordgo is a stand-in for github.com/bwmarrin/discordgo: the
// message events a bot receives.
package discordgo

import "time"

type User struct {
	ID         string
	Username   string
	GlobalName string
	Bot        bool
}

type Member struct {
	User *User
	Nick string
}

type MessageAttachment struct {
	URL         string
	ContentType string
}

type Message struct {
	ID          string
	ChannelID   string
	Content     string
	Author      *User
	Member      *Member
	Mentions    []*User
	Attachments []*MessageAttachment
}

type MessageCreate struct{ *Message }

type State struct{ User *User }

type Session struct{ State *State }

func (m *Message) ContentWithMoreMentionsReplaced(s *Session) (string, error) { return m.Content, nil }

func SnowflakeTimestamp(id string) (time.Time, error) { return time.Time{}, nil }

func (s *Session) ChannelMessageSend(channelID, content string) (*Message, error) {
	return &Message{}, nil
}
