# just a comment

# another one
    # indented comment
