"""Printing: the cell's documents as PDF, in the party document format.

Input is the plain data of :mod:`.model`; output is a PDF written to a path or a
binary file object. Each renderer lives in the module named for what it draws:

    minutes.render_minutes            the minutes of a meeting
    resolution.render_resolution      a resolution; resolution.render_notice, a notice
    lists.render_member_list          the member list book; lists.render_signin, a
                                      meeting's sign-in sheet
    book_layout.render_book           a register book (mẫu 7-HSĐV, transfer book);
                                      book_layout.render_transfer_letter
    documents.print_*, books.print_*  build one from the register and write its PDF
    catalogue.KINDS                   every kind of document, for the layout tests

reportlab is imported inside the functions that draw (layout, fonts, the renderers),
never when a module of this package is imported: start-up stays light.

    from partydesk.services.printing.minutes import render_minutes
    render_minutes(minutes_document, "bien-ban.pdf")
"""
