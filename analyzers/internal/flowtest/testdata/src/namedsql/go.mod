module namedsql

go 1.22
