package rules

// SCAFFOLD: the types below are the agreed API; the implementation (loading
// taxonomy.yaml, indexes, aliases, extensions) is being written.

// Category is one personal-data category of the taxonomy.
type Category struct {
	// Key is the dotted fideslang key, e.g. "user.contact.email".
	Key string `yaml:"key"`
	// Description says what the category holds.
	Description string `yaml:"description"`
	// Special marks GDPR Art. 9 special categories and Art. 10 criminal data.
	Special bool `yaml:"special"`
	// Sensitive marks categories that need encryption at rest by default.
	Sensitive bool `yaml:"sensitive"`
	// Names are strong token patterns ("date_of_birth" = tokens date, of, birth).
	Names []string `yaml:"names"`
	// Weak are patterns that count only on a person-like type or with an annotation.
	Weak []string `yaml:"weak"`
	// Context are patterns that count only when a context token is present.
	Context []ContextPattern `yaml:"context"`
	// Veto tokens cancel a name match (ZipFile, ServerIP).
	Veto []string `yaml:"veto"`
	// Formats are JSON Schema format values that imply the category.
	Formats []string `yaml:"formats"`
	// Types are Go types that imply the category ("net/mail.Address").
	Types []string `yaml:"types"`
}

// ContextPattern is a set of name patterns that match only when one of the
// With tokens occurs in the identifier or in the enclosing type's name
// (e.g. "pan" only with "card").
type ContextPattern struct {
	Names []string `yaml:"names"`
	With  []string `yaml:"with"`
}

// CategoryExtension is what a policy's `categories:` entry adds to or
// changes in a category. Nil booleans leave the category's flag unchanged.
type CategoryExtension struct {
	Description string   `yaml:"description" json:"description,omitempty"`
	Names       []string `yaml:"names" json:"names,omitempty"`
	Weak        []string `yaml:"weak" json:"weak,omitempty"`
	Veto        []string `yaml:"veto" json:"veto,omitempty"`
	Formats     []string `yaml:"formats" json:"formats,omitempty"`
	Types       []string `yaml:"types" json:"types,omitempty"`
	Sensitive   *bool    `yaml:"sensitive" json:"sensitive,omitempty"`
	Special     *bool    `yaml:"special" json:"special,omitempty"`
}
