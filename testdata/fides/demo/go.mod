module example.com/fidesdemo

go 1.22
