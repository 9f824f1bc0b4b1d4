class Account:
    def __init__(self, owner):
        self.owner = owner

def owner_name(acct):
    return acct.owner.upper()

print(owner_name(Account("ann")))
print(owner_name(Account(None)))
