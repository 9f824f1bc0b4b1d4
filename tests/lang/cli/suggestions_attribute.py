class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

acct = Account("ann", 10)
print(acct.deposit(5))
print(acct.owner)
print(acct.balanse)
