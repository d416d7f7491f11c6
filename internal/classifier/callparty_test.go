package classifier

import (
	"slices"
	"testing"
)

// TestCallParty: a telephone number of a call's other party is personal,
// found by the context a telephony API gives (the description, the
// holder, a SIP URI); the service's own lines, and look-alikes outside
// telephony, are not.
func TestCallParty(t *testing.T) {
	c := testClassifier(t)
	const phone = "user.contact.phone_number"
	cases := []evidenceCase{
		// Flag: calls come from the numbers, or they are dialled.
		{"numbers calls come from", "RingGroup", Member{Name: "screened_numbers", Kind: KindString, Description: "Callers may ring only from these numbers."}, nil, phone},
		{"numbers allowed to call", "VoiceGateway", Member{Name: "accepted_numbers", Kind: KindString, Description: "Numbers allowed to make calls to this gateway."}, nil, phone},
		{"number dialled", "OutboundDial", Member{Name: "target_number", Kind: KindString, Description: "The number to be dialled."}, nil, phone},
		{"call_to in a SIP request", "PlaceCallRequest", Member{Name: "sip_call_to", Kind: KindString}, nil, phone},
		{"call_from in a phone holder", "PhoneSession", Member{Name: "call_from", Kind: KindString}, nil, phone},
		{"user of a SIP URI", "SipUri", Member{Name: "user", Kind: KindString}, []Member{{Name: "host", Kind: KindString}}, phone},
		{"to user of a SIP request", "SipInviteRequest", Member{Name: "to_user", Kind: KindString}, nil, phone},
		{"from user part by description", "InviteHeaders", Member{Name: "from_user_override", Kind: KindString, Description: "Replaces the user part of the From header."}, nil, phone},
		{"raw SIP URI", "CallTarget", Member{Name: "raw", Kind: KindString, Description: "<sip:alice@pbx.example.org:5060>"}, nil, phone},
		// Must not flag: the service's own lines, other call sites, URIs without a user.
		{"numbers calls are made to", "RingGroup", Member{Name: "numbers", Kind: KindString, Description: "Calls made to these numbers ring the group."}, nil, ""},
		{"number used to call out", "VoiceGateway", Member{Name: "outbound_number", Kind: KindString, Description: "Number used to make outbound calls."}, nil, ""},
		{"numbers of a list filter", "ListGatewaysRequest", Member{Name: "numbers", Kind: KindString, Description: "Only list gateways holding one of the numbers."}, nil, ""},
		{"a flag about numbers", "OutboundDial", Member{Name: "hide_numbers", Kind: KindBool, Description: "Whether numbers the callers called from are hidden."}, nil, ""},
		{"a tracer's call site", "TraceSpan", Member{Name: "call_from", Kind: KindString}, nil, ""},
		{"a URL's user", "WebAddress", Member{Name: "user", Kind: KindString}, nil, ""},
		{"a SIP host without a user", "Trunk", Member{Name: "address", Kind: KindString, Description: "Host the INVITE goes to; not a SIP URI, no 'sip:' prefix, never sip:@x."}, nil, ""},
		{"configuration", "SipUriConfig", Member{Name: "user", Kind: KindString}, nil, ""},
	}
	for _, tc := range cases {
		members := append([]Member{tc.member}, tc.others...)
		got := c.Object(Object{TypeName: tc.holder, Members: members})[0]
		if got.Category != tc.want {
			t.Errorf("%s: %s.%s = %q (%v), want %q", tc.why, tc.holder, tc.member.Name, got.Category, got.DetectedBy(), tc.want)
		}
	}
	// The evidence says what gave the context.
	got := c.Object(Object{TypeName: "RingGroup", Members: []Member{{Name: "screened_numbers", Kind: KindString, Description: "A call made from these numbers is screened."}}})[0]
	if want := []string{"description", "name:numbers(head)", "context:description(made from)"}; !slices.Equal(got.DetectedBy(), want) {
		t.Errorf("evidence = %v, want %v", got.DetectedBy(), want)
	}
}

// TestRecordKeyDescription: a bare id is the record's key; its
// description cannot make it other data.
func TestRecordKeyDescription(t *testing.T) {
	c := testClassifier(t)
	for _, m := range []Member{
		{Name: "id", Kind: KindNumber, Description: "Unique ID number for this person."},
		{Name: "uuid", Kind: KindString, Description: "The national ID number of the record."},
	} {
		if got := c.Object(Object{TypeName: "Person", Members: []Member{m}})[0]; got.Category != "" {
			t.Errorf("Person.%s (%q) = %q (%v), want not personal", m.Name, m.Description, got.Category, got.DetectedBy())
		}
	}
	// A name that is more than a key still reads its description.
	m := Member{Name: "target", Kind: KindString, Description: "The national ID number of the person."}
	if got := c.Object(Object{TypeName: "Person", Members: []Member{m}})[0]; got.Category == "" {
		t.Errorf("Person.target (%q) not personal", m.Description)
	}
}
