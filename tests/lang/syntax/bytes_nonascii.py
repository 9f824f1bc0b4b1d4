b = b"héllo"
