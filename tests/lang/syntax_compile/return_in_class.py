class Config:
    debug = False
    return debug
