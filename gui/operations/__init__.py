"""What a person does with reports, one function each, called alike by the window and the command line (no Qt).

Between the views and the command line above, and the store, the PDF and the domain below: an operation checks,
acts on the store and files, and raises a UserError whose message is meant for the person.
"""
