// Package model reproduces the shape of go-gcs's user DTOs and DOs.
package model

// UserDTO is the sign-up request.
type UserDTO struct {
	UserName string `json:"username"`
	Email    string `json:"email"`
	Password string `json:"password"`
}

// UserDO is the user row.
type UserDO struct {
	ID       int64
	UserName string `gorm:"username"`
	Email    string `gorm:"email"`
	Password string `gorm:"password"`
}

// UpdatePasswordWithOldPasswordDTO is the change-password request.
type UpdatePasswordWithOldPasswordDTO struct {
	OldPassword string `json:"old_password"`
	NewPassword string `json:"new_password"`
}

// UpdateUserDO holds the columns to update.
type UpdateUserDO struct {
	Password *string `gorm:"password"`
}

// SendEmailDTO asks for a verification code.
type SendEmailDTO struct {
	Email string `json:"email"`
}
