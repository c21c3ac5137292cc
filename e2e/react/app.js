// A React 19 app that uses the three elements as a React developer would: attributes, properties
// (React sets a property when the element has one) and a custom-event listener (`on` + event name).
import {createElement as h, useState} from 'react';
import {createRoot} from 'react-dom/client';

function App() {
  const [changed, setChanged] = useState(false);
  return h(
    'main',
    null,
    h('h1', null, 'React 19'),
    // Only attribute names React cannot find as properties ("chat-url") go in as attributes.
    h('support-helpline-card', {
      id: 'by-attributes',
      name: 'Attributlinjen',
      phone: '020-100 200',
      'chat-url': 'https://example.se/chat',
      'heading-level': '4',
      'emergency-phone': '112',
    }),
    h('support-helpline-card', {
      id: 'by-properties',
      name: 'Egenskapslinjen',
      phone: '020-100 200',
      chatUrl: 'https://example.se/chat',
      organization: 'Rädda Barnen',
      anonymous: !changed,
      headingLevel: changed ? 5 : 3,
      'onsupport-contact': (event) => window.e2eContacts.push(event.detail),
    }),
    h('support-info-panel', {
      id: 'panel',
      municipality: 'Kalix kommun',
      heading: 'Så arbetar vi',
      headingLevel: changed ? 4 : 2,
    }),
    h('support-action-plan', {
      id: 'plan-properties',
      href: '/demo/handlingsplan.pdf',
      fileSize: '708',
      lastUpdated: '2024-03-12',
      documentLang: 'sv',
    }),
    h('support-action-plan', {
      id: 'plan-attributes',
      href: '/demo/handlingsplan.pdf',
      label: 'Plan B',
      'last-updated': '2023-11-05',
    }),
    h('button', {type: 'button', id: 'change', onClick: () => setChanged(true)}, 'Change'),
  );
}

window.e2eContacts = [];
createRoot(document.getElementById('root')).render(h(App));
