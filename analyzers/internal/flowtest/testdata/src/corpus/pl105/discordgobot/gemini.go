// Package discordgobot reproduces the shape of anishmit/discordgo-bot
// internal/handlers/gemini.go: every message of a Discord channel is kept
// as "<time>\n<author's nickname or name>\n<text>" in the channel's
// history, and when the bot is mentioned the whole history goes to Gemini.
package discordgobot

import (
	"context"
	"fmt"
	"log"
	"time"

	"github.com/bwmarrin/discordgo"
	"google.golang.org/genai"
)

// gemini is the shared client (internal/clients in the original).
var gemini, _ = genai.NewClient(context.Background(), &genai.ClientConfig{Backend: genai.BackendGeminiAPI})

var history = map[string][]*genai.Content{}

// OnMessage records a message and answers when the bot is mentioned.
func OnMessage(s *discordgo.Session, m *discordgo.MessageCreate) {
	if m.Author == nil || m.Author.Bot || m.Content == "" {
		return
	}
	at, err := discordgo.SnowflakeTimestamp(m.ID)
	if err != nil {
		return
	}
	name := m.Author.Username
	if m.Member != nil && m.Member.Nick != "" {
		name = m.Member.Nick
	} else if m.Author.GlobalName != "" {
		name = m.Author.GlobalName
	}
	text, err := m.ContentWithMoreMentionsReplaced(s)
	if err != nil {
		return
	}
	parts := []*genai.Part{genai.NewPartFromText(fmt.Sprintf("%s\n%s\n%s", at.Format(time.RFC3339), name, text))}
	history[m.ChannelID] = append(history[m.ChannelID], genai.NewContentFromParts(parts, genai.RoleUser))
	for _, u := range m.Mentions {
		if u.ID != s.State.User.ID {
			continue
		}
		res, err := gemini.Models.GenerateContent(context.Background(), "gemini-2.5-flash", history[m.ChannelID], nil) // corpus:discordgobot-channel-history
		if err != nil {
			log.Println("generating", err)
			return
		}
		s.ChannelMessageSend(m.ChannelID, res.Text())
		break
	}
}
