"""Short typed methods for the common calls, one module per resource family.

``cs.sms`` (sms), ``cs.mms`` (mms), ``cs.voice`` (voice), ``cs.email`` (email), ``cs.account``
(account), ``cs.lists`` and ``cs.contacts`` (contacts). Each method calls one generated
operation through :func:`clicksend_async._call.call`, or hands messages to ``_bulk`` and
listings to ``_pagination``. The client imports each module on first use, so that importing the
package loads no generated endpoint module.
"""
